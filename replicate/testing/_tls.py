"""Certificates for serving https on loopback: a throw-away CA made for one server.

The CA certificate is written to a PEM file that httpx (``verify=``), ``curl --cacert``,
``SSL_CERT_FILE`` and Node's ``NODE_EXTRA_CA_CERTS`` accept. The files live in a temporary
folder that is removed when the ``SessionCertificates`` object is collected or closed.
"""

from __future__ import annotations

import ssl
import tempfile
from pathlib import Path

__all__ = ["SessionCertificates"]

_LOOPBACK_NAMES = ("127.0.0.1", "localhost", "::1")


class SessionCertificates:
    """A new CA and a server certificate for ``host`` and the loopback names."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        try:
            import trustme
        except ImportError:  # pragma: no cover - the server extra pulls it in
            raise RuntimeError(
                "TLS for the local server needs the trustme package: "
                "pip install 'replicate[server]'"
            ) from None
        names = list(_LOOPBACK_NAMES)
        if host not in names and host not in ("0.0.0.0", "::", ""):
            names.insert(0, host)
        authority = trustme.CA(organization_name="replicate.testing local CA")
        leaf = authority.issue_cert(*names)
        self._folder = tempfile.TemporaryDirectory(prefix="replicate-testing-tls-")
        folder = Path(self._folder.name)
        self.ca_bundle = str(folder / "ca.pem")
        self.certfile = str(folder / "server.pem")
        self.keyfile = str(folder / "server.key")
        authority.cert_pem.write_to_path(self.ca_bundle)
        Path(self.certfile).write_bytes(b"".join(pem.bytes() for pem in leaf.cert_chain_pems))
        leaf.private_key_pem.write_to_path(self.keyfile)

    def client_context(self) -> ssl.SSLContext:
        """An SSL context that trusts this CA (pass it as httpx's ``verify=``)."""
        return ssl.create_default_context(cafile=self.ca_bundle)

    def close(self) -> None:
        self._folder.cleanup()
