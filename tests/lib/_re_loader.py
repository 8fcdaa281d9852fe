# The `re` module for the re_* tests. While Krait's own `import re` is blocked
# (Lib/re imports enum, which needs __init_subclass__ keywords, and reprlib
# needs _thread), this builds a stand-in from Lib/re's _parser and _compiler
# over the _sre module: the parts under test are the same.
import sys

try:
    import re
except Exception:
    re = type(sys)('re')
    re.__path__ = [p + '/re' for p in sys.path if p.endswith('.bundle')]
    sys.modules['re'] = re
    from re import _compiler, _parser, _constants
    import _sre

    re.error = _constants.error
    re.A = re.ASCII = _constants.SRE_FLAG_ASCII
    re.I = re.IGNORECASE = _constants.SRE_FLAG_IGNORECASE
    re.L = re.LOCALE = _constants.SRE_FLAG_LOCALE
    re.M = re.MULTILINE = _constants.SRE_FLAG_MULTILINE
    re.S = re.DOTALL = _constants.SRE_FLAG_DOTALL
    re.U = re.UNICODE = _constants.SRE_FLAG_UNICODE
    re.X = re.VERBOSE = _constants.SRE_FLAG_VERBOSE
    re.NOFLAG = 0

    re.Pattern = type(_compiler.compile('', 0))
    re.Match = type(_compiler.compile('', 0).match(''))

    def compile(pattern, flags=0):
        if isinstance(pattern, re.Pattern):
            if flags:
                raise ValueError("cannot process flags argument with a compiled pattern")
            return pattern
        return _compiler.compile(pattern, flags)

    re.compile = compile
    re.match = lambda p, s, flags=0: compile(p, flags).match(s)
    re.fullmatch = lambda p, s, flags=0: compile(p, flags).fullmatch(s)
    re.search = lambda p, s, flags=0: compile(p, flags).search(s)
    re.findall = lambda p, s, flags=0: compile(p, flags).findall(s)
    re.finditer = lambda p, s, flags=0: compile(p, flags).finditer(s)
    re.sub = lambda p, r, s, count=0, flags=0: compile(p, flags).sub(r, s, count)
    re.subn = lambda p, r, s, count=0, flags=0: compile(p, flags).subn(r, s, count)
    re.split = lambda p, s, maxsplit=0, flags=0: compile(p, flags).split(s, maxsplit)

    def escape(pattern):
        special = '()[]{}?*+-|^$\\.&~# \t\n\r\v\f'
        if isinstance(pattern, str):
            return ''.join('\\' + c if c in special else c for c in pattern)
        return bytes(escape(pattern.decode('latin-1')), 'latin-1')

    re.escape = escape

    def _subx(pattern, template):
        template = _parser.parse_template(template, pattern)
        if not template[0] and len(template[1]) == 1:
            return template[1][0]
        return lambda match: _parser.expand_template(template, match)

    def _expand(pattern, match, template):
        return _parser.expand_template(_parser.parse_template(template, pattern), match)

    re._subx = _subx
    re._expand = _expand
