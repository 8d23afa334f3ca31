"""A scripted OpenAI-compatible chat-completions server for tests (http.server, 127.0.0.1).

Each test pushes a queue of *actions*; each POST to ``/v1/chat/completions`` consumes one:

- ``{"facts": [...]}`` or ``{"fixture": "name"}``: a 200 completion answering with that
  payload (a fixture file ``fixtures/<name>.json`` holds ``{"facts": [...]}``). The answer is
  shaped for the request: a tool call named after the request's tool (instructor TOOLS),
  else message content (JSON modes).
- ``{"arguments": "raw text"}``: the same, with this exact text as the answer (broken JSON).
- ``"finish_reason": "length"`` in any answer action: a truncated answer.
- ``{"status": 429, "headers": {...}, "body": {...}}``: an error response.
- ``{"sleep": seconds, ...}``: wait before answering (the client's timeout fires).
- ``{"raw_body": "..."}``: a 200 whose body is not a chat completion.
- ``{"drop": true}``: close the connection without answering.

Routes (``route(match, action)``) answer any request whose messages contain ``match`` when
the queue is empty, without being consumed: the eval test uses them to answer each sample
chart with its recorded extraction, however many times it is asked.

An empty queue (and no matching route) answers HTTP 418 ("script exhausted"), which the client does not retry, so a
test that makes more calls than it scripted fails loudly. Every request body is recorded in
``requests`` and every usage sent in ``usages``. Usage is deterministic: prompt tokens are
``ceil(len(messages JSON) / 4)``, completion tokens ``ceil(len(answer) / 4)``.
"""

from __future__ import annotations

import json
import math
import threading
import time
from collections import deque
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

FIXTURES = Path(__file__).parent / "fixtures"


def load_fixture(name: str) -> dict[str, Any]:
    """A fixture file's payload."""
    return json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))


class ScriptedServer:
    """The server, its script and what it received."""

    def __init__(self) -> None:
        self.script: deque[dict[str, Any]] = deque()
        self.routes: list[tuple[str, dict[str, Any]]] = []
        self.requests: list[dict[str, Any]] = []
        self.usages: list[dict[str, int]] = []
        self._lock = threading.Lock()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        """The ``/v1`` base URL to configure the client with."""
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}/v1"

    def start(self) -> ScriptedServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def push(self, *actions: dict[str, Any]) -> None:
        """Append actions to the script."""
        with self._lock:
            self.script.extend(actions)

    def route(self, match: str, action: dict[str, Any]) -> None:
        """Answer every request whose messages contain ``match`` with ``action``."""
        with self._lock:
            self.routes.append((match, action))

    def _next(self, body: dict[str, Any]) -> dict[str, Any] | None:
        with self._lock:
            self.requests.append(body)
            if self.script:
                return self.script.popleft()
            text = json.dumps(body.get("messages", []), ensure_ascii=False)
            for match, action in self.routes:
                if match in text:
                    return action
            return None

    def _completion(self, body: dict[str, Any], action: dict[str, Any]) -> dict[str, Any]:
        if "arguments" in action:
            answer = action["arguments"]
        else:
            payload = load_fixture(action["fixture"]) if "fixture" in action else action
            answer = json.dumps({"facts": payload["facts"]})
        usage = {
            "prompt_tokens": math.ceil(len(json.dumps(body.get("messages", []))) / 4),
            "completion_tokens": math.ceil(len(answer) / 4),
        }
        usage["total_tokens"] = usage["prompt_tokens"] + usage["completion_tokens"]
        with self._lock:
            self.usages.append(usage)
        message: dict[str, Any] = {"role": "assistant", "content": None}
        tools = body.get("tools") or []
        if tools:
            name = tools[0]["function"]["name"]
            message["tool_calls"] = [
                {"id": f"call_{len(self.requests)}", "type": "function",
                 "function": {"name": name, "arguments": answer}}
            ]
        else:
            message["content"] = answer
        return {
            "id": f"chatcmpl-{len(self.requests)}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": body.get("model", "scripted"),
            "choices": [{"index": 0, "message": message,
                         "finish_reason": action.get("finish_reason", "stop")}],
            "usage": usage,
        }

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:  # keep test output quiet
                return

            def _send(self, status: int, data: bytes, headers: dict[str, str]) -> None:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                for k, v in headers.items():
                    self.send_header(k, v)
                self.end_headers()
                try:
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):  # the client gave up
                    pass

            def do_POST(self) -> None:  # noqa: N802 - http.server's naming
                length = int(self.headers.get("Content-Length") or 0)
                body = json.loads(self.rfile.read(length) or b"{}")
                action = server._next(body)
                if action is None:
                    err = {"error": {"message": "script exhausted", "type": "test"}}
                    self._send(418, json.dumps(err).encode(), {})
                    return
                if action.get("sleep"):
                    time.sleep(action["sleep"])
                if action.get("drop"):
                    self.close_connection = True
                    self.connection.close()
                    return
                if "raw_body" in action:
                    self._send(200, action["raw_body"].encode(), {})
                    return
                if "status" in action:
                    err = action.get("body") or {"error": {"message": "scripted", "type": "x"}}
                    self._send(action["status"], json.dumps(err).encode(),
                               action.get("headers", {}))
                    return
                data = json.dumps(server._completion(body, action)).encode()
                self._send(200, data, {})

        return Handler
