"""How a posting's text is read: HTML to text, logical lines (layout), sections, fields,
requirements, and the whole reading (analysis), kept as JSON (serialize)."""
