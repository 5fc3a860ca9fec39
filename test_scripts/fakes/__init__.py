"""Loopback fakes of the cloud services, speaking their real REST shapes on 127.0.0.1."""
