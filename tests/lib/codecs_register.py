# codecs.register / unregister with a custom search function.
import codecs

def enc(s, errors="strict"):
    return s[::-1].encode("ascii"), len(s)

def dec(b, errors="strict"):
    return bytes(b).decode("ascii")[::-1], len(b)

def search(name):
    print("search", repr(name))
    if name == "reverse_codec":
        return codecs.CodecInfo(enc, dec, name="reverse")
    return None

codecs.register(search)
print(codecs.encode("abc", "reverse_codec"), codecs.decode(b"xyz", "reverse_codec"))
print(codecs.lookup("Reverse Codec").name)
print("hello".encode("reverse_codec"), b"olleh".decode("reverse_codec"))
codecs.unregister(search)
try:
    codecs.lookup("reverse_codec2")
except LookupError as e:
    print("LookupError", e)
try:
    codecs.register(42)
except TypeError as e:
    print("TypeError", e)
