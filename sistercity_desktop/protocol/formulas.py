"""Small protocol facts that are not forms of address to a person."""

from __future__ import annotations

# Complimentary closes for letters to an organisation rather than an official.
ORGANISATION_CLOSINGS = {
    "en": "Sincerely,",
    "es": "Atentamente,",
    "fr": "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.",
    "de": "Mit freundlichen Grüßen",
    "it": "Cordiali saluti",
    "pt": "Atenciosamente,",
    "ja": "敬具",
    "zh": "此致\n敬礼",
    "ko": "감사합니다.",
    "ru": "С уважением,",
}

# The body a committee reports a signed partnership to, by the committee's
# country; the committee can always change it (File > Committee and city).
NATIONAL_BODIES = {
    "US": ("Sister Cities International", "membership@sistercities.org"),
    "JP": ("一般財団法人自治体国際化協会 (CLAIR)", ""),
    "DE": ("Rat der Gemeinden und Regionen Europas (RGRE), Deutsche Sektion", ""),
    "AT": ("Österreichischer Städtebund", ""),
    "FR": ("Association Française du Conseil des Communes et Régions d'Europe (AFCCRE)", ""),
    "AU": ("Sister Cities Australia", ""),
    "NZ": ("Sister Cities New Zealand", ""),
}


def organisation_closing(language: str) -> str:
    return ORGANISATION_CLOSINGS.get(language.split("-")[0], ORGANISATION_CLOSINGS["en"])


def national_body_for(country: str) -> tuple[str, str]:
    """(name, email) of the national body for a committee in `country`, or blanks."""
    return NATIONAL_BODIES.get(country.upper(), ("", ""))
