"""One company under its many spellings, and never two companies as one."""

import pytest

from desktop.domain.tracking.companies import company_key, first_word, same_company


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Acme, Inc.", "ACME"),
        ("Acme GmbH", "Acme"),
        ("The Acme Company Ltd.", "acme"),
        ("Société Générale S.A.", "Societe Generale"),
        ("Northwind B.V.", "Northwind Holding"),
        ("Kranwerk Sp. z o.o.", "KRANWERK"),
    ],
)
def test_spellings_of_one_company_match(first, second):
    assert same_company(first, second)
    assert first_word(first) == first_word(second)


@pytest.mark.parametrize(
    ("first", "second"),
    [("Acme", "Acmeware"), ("Acme Robotics", "Acme Foods"), ("Northwind", "Southwind"), ("", "")],
)
def test_different_companies_do_not(first, second):
    assert not same_company(first, second)


def test_a_name_that_is_only_a_legal_form_stays_itself():
    assert company_key("Company") == "company" and company_key("The Group") == "group"
