"""Hostile content for the preview tests: a canary HTTP server on loopback and payloads
that try to run script, load from outside or navigate."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

RAN_MARK = "SCRIPT_RAN"


class Canary:
    def __init__(self, server: ThreadingHTTPServer) -> None:
        self.server = server
        self.hits: list[str] = []

    @property
    def base(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"


@contextmanager
def canary_server(lifetime: float = 300.0) -> Iterator[Canary]:
    """A server on 127.0.0.1 that records every request; it stops by itself after
    ``lifetime`` seconds at the latest."""
    canary: Canary

    class Handler(BaseHTTPRequestHandler):
        def _hit(self) -> None:
            canary.hits.append(f"{self.command} {self.path}")
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(b"<title>CANARY</title>")

        do_GET = do_POST = do_HEAD = _hit  # noqa: N815

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    canary = Canary(server)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    stopper = threading.Timer(lifetime, server.shutdown)
    stopper.daemon = True
    stopper.start()
    try:
        yield canary
    finally:
        stopper.cancel()
        server.shutdown()
        server.server_close()


def payloads(base: str) -> list[str]:
    """At least 100 payloads; each one, if it worked, would set the title to ``RAN_MARK``,
    hit the canary, or navigate away. The mark is assembled at run time, so it appears in
    no payload's text: finding it in a title means script ran."""
    js = f"document.title=['SCRIPT','RAN'].join('_');fetch('{base}/js')"
    unc = base.replace("http://", "\\\\").replace(":", "@")
    items = [
        f"<script>{js}</script>",
        f"<SCRIPT SRC={base}/s.js></SCRIPT>",
        f"<script src='{base}/s.js'></script>",
        f"<script>/*</script><script>{js}//*/</script>",
        f"<scr<script>ipt>{js}</scr</script>ipt>",
        f"<img src=x onerror=\"{js}\">",
        f"<img src='{base}/img.png'>",
        f"<img srcset='{base}/a.png 1x, {base}/b.png 2x'>",
        f"<picture><source srcset='{base}/p.webp'><img src='{base}/p.png'></picture>",
        f"<body onload=\"{js}\">",
        f"<svg onload=\"{js}\"></svg>",
        f"<svg><script>{js}</script></svg>",
        f"<svg><image href='{base}/svg.png'/></svg>",
        f"<svg><a xlink:href='javascript:{js}'><text>x</text></a></svg>",
        f"<math><mtext><script>{js}</script></mtext></math>",
        f"<iframe src='{base}/frame'></iframe>",
        f"<iframe srcdoc=\"<script>parent.{js}</script>\"></iframe>",
        f"<object data='{base}/obj'></object>",
        f"<embed src='{base}/embed'>",
        f"<applet code='x' codebase='{base}/'></applet>",
        f"<form action='{base}/form'><input name=q autofocus onfocus=\"{js}\"></form>",
        f"<form><button formaction='{base}/btn'>go</button></form>",
        f"<isindex action='{base}/isindex'>",
        f"<base href='{base}/'>",
        f"<meta http-equiv='refresh' content='0;url={base}/refresh'>",
        f"<meta http-equiv=\"refresh\" content=\"0; URL='{base}/refresh2'\">",
        f"<link rel=stylesheet href='{base}/style.css'>",
        f"<link rel=prefetch href='{base}/prefetch'>",
        f"<link rel=dns-prefetch href='{base}/dns'>",
        f"<link rel=import href='{base}/import'>",
        f"<style>@import url('{base}/import.css');</style>",
        f"<style>body{{background:url('{base}/bg.png')}}</style>",
        f"<div style=\"background-image:url('{base}/div.png')\">x</div>",
        f"<div style=\"behavior:url({base}/x.htc)\">x</div>",
        f"<p style=\"width:expression({js})\">x</p>",
        f"<a href='javascript:{js}'>click</a>",
        f"<a href='JaVaScRiPt:{js}'>click</a>",
        f"<a href='  javascript:{js}'>click</a>",
        f"<a href='jav&#x09;ascript:{js}'>click</a>",
        "<a href='vbscript:msgbox(1)'>vb</a>",
        f"<a href='data:text/html,<script>{js}</script>'>data</a>",
        "<a href='data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='>b64</a>",
        f"<a href='//127.0.0.1:{base.rsplit(':', 1)[1]}/protocol-relative'>pr</a>",
        f"<a href='{unc}\\share'>unc</a>",
        "<a href='file:///etc/passwd'>file</a>",
        f"<a href='{base}/plain-link' ping='{base}/ping'>ping</a>",
        f"<audio src='{base}/a.mp3' autoplay></audio>",
        f"<video src='{base}/v.mp4' poster='{base}/poster.png' autoplay></video>",
        f"<video><source src='{base}/v2.mp4'></video>",
        f"<track src='{base}/t.vtt'>",
        f"<input type=image src='{base}/input.png'>",
        f"<table background='{base}/table.png'><tr><td>x</td></tr></table>",
        f"<body background='{base}/body.png'>",
        f"<marquee onstart=\"{js}\">m</marquee>",
        f"<details open ontoggle=\"{js}\">d</details>",
        f"<div onmouseover=\"{js}\">hover</div>",
        f"<div onclick=\"{js}\">click</div>",
        f"<select autofocus onfocus=\"{js}\"></select>",
        f"<textarea autofocus onfocus=\"{js}\"></textarea>",
        f"<keygen autofocus onfocus=\"{js}\">",
        f"<frameset onload=\"{js}\"></frameset>",
        f"<x onfocus=\"{js}\" tabindex=1 autofocus>x</x>",
        f"<noscript><p title=\"</noscript><img src=x onerror={js}>\"></noscript>",
        f"<template><script>{js}</script></template>",
        f"<portal src='{base}/portal'></portal>",
        f"<object type='text/x-scriptlet' data='{base}/scriptlet'></object>",
        f"<img src=\"javascript:{js}\">",
        f"<img dynsrc='{base}/dynsrc'>",
        f"<img lowsrc='{base}/lowsrc'>",
        f"<bgsound src='{base}/bg.wav'>",
        f"<xss style=\"xss:expression({js})\">",
        f"<style>li {{list-style-image: url(\"{base}/list.png\");}}</style><ul><li>x</ul>",
        f"<div style=\"background:url(&quot;{base}/ent.png&quot;)\">x</div>",
        f"<svg><use href='{base}/use.svg#x'/></svg>",
        f"<svg><animate onbegin=\"{js}\" attributeName=x dur=1s>",
        f"<svg><set attributeName=href to='javascript:{js}'/></svg>",
        f"<img src=`{base}/backtick.png`>",
        f"<img src={base}/noquote.png>",
        "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)>",
        f"<a href=\"&#106;avascript:{js}\">entity</a>",
        f"<div id=x></div><script>document.getElementById('x')"
        f".innerHTML='<img src={base}/inner>'</script>",
        f"<script type=module>import '{base}/mod.js'</script>",
        f"<script type='text/template'>{js}</script>",
        f"<object data=\"data:text/html,<script>{js}</script>\"></object>",
        f"<embed src=\"data:image/svg+xml,<svg onload={js}>\">",
        f"<iframe src=\"data:text/html,<script>{js}</script>\"></iframe>",
        f"<iframe src=\"javascript:{js}\"></iframe>",
        f"<form action=\"javascript:{js}\"><input type=submit></form>",
        f"<math href=\"javascript:{js}\">m</math>",
        f"<a href=\"https://127.0.0.1.nip.io@{base[7:]}/userinfo\">ui</a>",
        f"<link rel=icon href='{base}/favicon.ico'>",
        f"<link rel=manifest href='{base}/manifest.json'>",
        "<meta http-equiv=\"set-cookie\" content=\"a=b\">",
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src *\">",
        f"<base target=_blank href='{base}/base2/'>",
        f"<style>@font-face{{font-family:x;src:url('{base}/font.woff')}}"
        " p{font-family:x}</style>",
        f"<div style=\"content:url('{base}/content.png')\">x</div>",
        f"<div style=\"cursor:url('{base}/cursor.cur'),auto\">x</div>",
        f"<div style=\"border-image:url('{base}/border.png') 30\">x</div>",
        f"<div style=\"mask:url('{base}/mask.svg')\">x</div>",
        f"<div style=\"filter:url('{base}/filter.svg#f')\">x</div>",
        f"<img src=x:x onerror=\"{js}\">",
        f"\"><script>{js}</script>",
        f"'><img src=x onerror={js}>",
        f"</title><script>{js}</script>",
        f"</style><script>{js}</script>",
        f"]]><script>{js}</script>",
        f"<!--<script>{js}</script>-->",
        f"<![CDATA[<script>{js}</script>]]>",
        # Markdown forms
        f"[md link](javascript:{js.replace(' ', '')})",
        "[md vb](vbscript:msgbox)",
        "[md data](data:text/html,<script>x</script>)",
        "[md relative](../../etc/passwd)",
        f"[md protocol-relative](//127.0.0.1:{base.rsplit(':', 1)[1]}/md-pr)",
        f"![md image]({base}/md.png)",
        f"![md image title]({base}/md2.png \"t\")",
        f"<{base}/autolink>",
        f"[ref link][r]\n\n[r]: javascript:{js.replace(' ', '')}",
        "![svg](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
        "[unc](\\\\\\\\server\\share)",
    ]
    return items
