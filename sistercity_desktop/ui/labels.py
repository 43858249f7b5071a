"""Words shown for stored vocabulary values."""

ROLES = {"mayors_office": "Mayor's office", "volunteer": "Volunteer", "council": "Council",
         "other": "Other"}
SIDES = {"ours": "Our side", "theirs": "Partner side"}
DIRECTIONS = {"outgoing": "Sent", "incoming": "Received"}
CHANNELS = {"letter": "Letter", "email": "Email", "call": "Phone call", "video_call": "Video call",
            "visit": "Visit", "delegation": "Delegation"}
KINDS = {"sister": "Sister city", "friendship": "Friendship city"}
NOTE_KINDS = {"note": "Note", "decision": "Decision"}
STYLES = {"ceremonial": "Ceremonial", "precise": "Precise"}
TERMS = {"short": "Short term", "long": "Long term"}
STATUSES = {"planned": "Planned", "in_progress": "In progress", "done": "Done",
            "cancelled": "Cancelled"}


def label(table: dict[str, str], value: str) -> str:
    return table.get(value, value.replace("_", " ").capitalize())
