# Formatos de fecha para las páginas en español.
DATE_FORMAT = r"j \d\e F \d\e Y"
DATETIME_FORMAT = r"l j \d\e F, H:i"  # una sesión: "martes 10 de marzo, 18:00"
TIME_FORMAT = "H:i"
SHORT_DATE_FORMAT = "d/m/Y"
