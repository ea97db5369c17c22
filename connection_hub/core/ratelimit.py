"""A per-address limit on public forms that holds across every server process.

Each accepted or refused submission is a row (a model built on ``SubmissionRecordBase``)
holding only a keyed hash of the client's address (IPv6 by its /64 network); the limit
counts the rows of the last window, and a daily job deletes rows older than a day. The
workshop request form and the "Suggest an edit" form each keep their own table.
"""

import ipaddress
from datetime import timedelta

from django.db import models
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _


def client_hash(address: str, *, salt: str) -> str:
    """A keyed hash of ``address`` (IPv6 by its /64 network); the address is never stored."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        key = address[:100]
    else:
        key = str(ipaddress.ip_network(f"{ip}/64", strict=False)) if ip.version == 6 else str(ip)
    return salted_hmac(salt, key, algorithm="sha256").hexdigest()


class SubmissionRecordBase(models.Model):
    """One accepted or refused public submission, by hashed client address."""

    client_hash = models.CharField(_("client address hash"), max_length=64)
    created_at = models.DateTimeField(_("sent at"), default=timezone.now)

    class Meta:
        abstract = True

    def __str__(self):
        return f"{self.client_hash[:12]}… {self.created_at:%Y-%m-%d %H:%M}"

    @classmethod
    def prune(cls, *, older_than=timedelta(days=1)) -> int:
        deleted, _ = cls.objects.filter(created_at__lt=timezone.now() - older_than).delete()
        return deleted

    @classmethod
    def recent_count(cls, client_hash: str, *, window=timedelta(hours=1)) -> int:
        since = timezone.now() - window
        return cls.objects.filter(client_hash=client_hash, created_at__gte=since).count()

    @classmethod
    def is_limited(cls, client_hash: str, *, limit: int, window=timedelta(hours=1)) -> bool:
        return cls.recent_count(client_hash, window=window) >= limit

    @classmethod
    def record(cls, client_hash: str):
        return cls.objects.create(client_hash=client_hash)
