"""Logging that an aggregator reads, and a calm record of forged Host headers."""

import json
import logging
import traceback

from django.utils import timezone


class JSONFormatter(logging.Formatter):
    """One JSON object per line on standard error: time, level, logger, message, and the
    traceback (as one string) when there is one. Request objects are never written, so no
    client address or query string ends up in the log."""

    def format(self, record):
        data = {
            "time": timezone.now().isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        status = getattr(record, "status_code", None)
        if status is not None:
            data["status"] = status
        if record.exc_info:
            data["traceback"] = "".join(traceback.format_exception(*record.exc_info))
        return json.dumps(data, ensure_ascii=False)


class CalmSecurityRecord(logging.Filter):
    """Turns an ERROR with a traceback into a one-line WARNING.

    Django logs a request with an unknown Host header (``DisallowedHost``) at ERROR with a
    full traceback; it is a client's mistake or a scan, answered with a 400, not a fault
    of the site, so it should not page anyone.
    """

    def filter(self, record):
        if record.levelno > logging.WARNING:
            record.levelno = logging.WARNING
            record.levelname = logging.getLevelName(logging.WARNING)
        record.exc_info = None
        record.exc_text = None
        record.stack_info = None
        return True
