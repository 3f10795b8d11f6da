"""Write resources/skills/linguist.json from GitHub Linguist's language list.

    python tools/skills_from_linguist.py path/to/languages.json

The input is Linguist's languages.yml as JSON (the npm package `language-map`,
MIT licensed, carries it). Only names, aliases and types are kept. Run by hand
when the list should be refreshed; the app reads the written file.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "resources" / "skills" / "linguist.json"
CATEGORY = {
    "programming": "programming-language",
    "markup": "markup-language",
    "data": "data-format",
    "prose": "prose-format",
}


def main() -> None:
    languages = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    skills = [
        {
            "name": name,
            "aliases": sorted(set(info.get("aliases", [])) - {name.lower()}),
            "category": CATEGORY[info.get("type", "programming")],
        }
        for name, info in sorted(languages.items())
    ]
    OUT.write_text(
        json.dumps(
            {
                "_source": "GitHub Linguist languages.yml via npm language-map 1.5.0 (MIT)",
                "skills": skills,
            },
            indent=1,
            ensure_ascii=False,
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"wrote {len(skills)} languages to {OUT}")


if __name__ == "__main__":
    main()
