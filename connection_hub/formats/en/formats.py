# Date formats for English pages (Django format strings).
DATE_FORMAT = "F j, Y"
DATETIME_FORMAT = "l, F j, g:i A"  # a session: "Tuesday, March 10, 6:00 PM"
TIME_FORMAT = "g:i A"
SHORT_DATE_FORMAT = "m/d/Y"
