# Appends a line to log.txt per request and never closes the file.
import http.server, sys
leaked = []
class H(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        try:
            f = open("log.txt", "a")
            leaked.append(f)
            f.write(self.path + "\n")
            f.flush()
            code = 200
        except OSError:
            code = 500
        self.send_response(code)
        self.send_header("Content-Length", "0")
        self.end_headers()
    def log_message(self, *a):
        pass
srv = http.server.HTTPServer(("127.0.0.1", int(sys.argv[1])), H)
print("ready", flush=True)
srv.serve_forever()
