# codecs.lookup: normalisation, aliases, CodecInfo fields, unknown names.
import codecs
for name in ["utf-8", "UTF8", "utf_16", "Latin-1", "iso8859-15", "cp1252", "ascii", "US-ASCII", "utf-32-be", "rot13", "hex"]:
    info = codecs.lookup(name)
    print(name, info.name, type(info).__name__, callable(info.encode), callable(info.decode))
for bad in ["no-such-codec", "", "utf-9"]:
    try:
        codecs.lookup(bad)
    except LookupError as e:
        print("LookupError", e)
try:
    codecs.lookup(1)
except TypeError as e:
    print("TypeError", e)
print(codecs.lookup("utf-8") is codecs.lookup("UTF-8"))
