# Imports base64. While `import re` fails in Krait (types.py needs `type | type`),
# a stand-in `re` with the one function base64 calls (b16decode's re.search) is used.
import sys
try:
    import re
except TypeError:
    stub = type(sys)("re")
    stub.search = lambda pattern, s: any(c not in b"0123456789ABCDEF" for c in s) or None
    sys.modules["re"] = stub
import base64
