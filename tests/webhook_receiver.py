"""A webhook receiver on 127.0.0.1 for reminder tests: records every delivery, can fail or be slow."""

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class Receiver:
    """Serves in a thread; ``deliveries`` holds each accepted JSON body; ``failing`` answers 500."""

    def __init__(self, delay: float = 0.0):
        self.deliveries, self.failing, self.lock = [], False, threading.Lock()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                time.sleep(delay)
                status = 500 if receiver.failing else 200
                if status == 200:
                    with receiver.lock:
                        receiver.deliveries.append(body)
                self.send_response(status)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/hook"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()
