"""The Document AI fake over gRPC: ``DocumentProcessorService/ProcessDocument`` on 127.0.0.1.

The production client talks gRPC (binary protobuf: parsing a 15-page answer costs milliseconds,
the REST transport's JSON parsing about a second). This fake gives the same answers, modes
and delays as the REST ``DocumentAiFake`` (it reuses its ``answer``), over a real gRPC server
built from the service's own request and response messages; the backend reaches it through
an endpoint ``grpc://127.0.0.1:PORT`` (an insecure channel: loopback only).
"""

from __future__ import annotations

import base64
import time
from concurrent import futures

from .docai_fake import DocumentAiFake, content_key
from .server import ERROR_STATUS, Seen

SERVICE = "google.cloud.documentai.v1.DocumentProcessorService"


class DocumentAiGrpcFake(DocumentAiFake):
    def _serve(self) -> str:
        import grpc
        from google.cloud import documentai

        self._request, self._response = documentai.ProcessRequest, documentai.ProcessResponse
        self._encoded: dict[tuple[str, str], bytes] = {}  # the same PDF answered again costs nothing
        handler = grpc.unary_unary_rpc_method_handler(
            self._process, request_deserializer=self._request.pb().FromString,
            response_serializer=lambda payload: payload)
        self.server = grpc.server(futures.ThreadPoolExecutor(max_workers=16), options=[
            ("grpc.max_send_message_length", -1), ("grpc.max_receive_message_length", -1)])
        self.server.add_generic_rpc_handlers([grpc.method_handlers_generic_handler(
            SERVICE, {"ProcessDocument": handler})])
        port = self.server.add_insecure_port("127.0.0.1:0")
        self.server.start()
        return f"grpc://127.0.0.1:{port}"

    def _stop(self) -> None:
        self.server.stop(grace=None)

    def _process(self, request, context) -> bytes:
        import grpc
        from google.protobuf import json_format

        body = {"name": request.name,
                "rawDocument": {"content": base64.b64encode(request.raw_document.content).decode(),
                                "mimeType": request.raw_document.mime_type},
                "fieldMask": {"paths": list(request.field_mask.paths)}}
        seen = Seen(f"/v1/{request.name}:process", dict(context.invocation_metadata()), body, time.monotonic())
        mode = self._next_mode(seen)
        if mode == "hang":
            while not self.released.wait(0.05) and context.is_active():
                pass
            context.abort(grpc.StatusCode.CANCELLED, "fake hung")
        delay = self.delay or (1.0 if mode == "slow" else 0.0)
        if delay and self.released.wait(delay):
            context.abort(grpc.StatusCode.CANCELLED, "fake closed")
        if mode in ERROR_STATUS:
            context.abort(getattr(grpc.StatusCode, ERROR_STATUS[mode]), f"fake error {mode}")
        status, payload = self.answer(seen.path, seen.headers, body, mode)
        if status == 404:
            context.abort(grpc.StatusCode.NOT_FOUND, "processor not found")
        seen.answered = time.monotonic()
        if isinstance(payload, bytes):  # "bad_json": an answer that does not parse
            return b"\xff\xff\xff\xff"
        key = (content_key(request.raw_document.content), mode)
        if key not in self._encoded:
            message = json_format.ParseDict(payload, self._response.pb()(), ignore_unknown_fields=True)
            self._encoded[key] = message.SerializeToString()
        return self._encoded[key]
