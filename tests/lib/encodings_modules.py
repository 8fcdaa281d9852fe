# Importing encodings submodules directly: getregentry, Codec classes and tables.
import encodings.cp1252 as cp1252, encodings.utf_16 as u16, encodings.latin_1 as l1, encodings.punycode as puny
info = cp1252.getregentry()
print(info.name, len(cp1252.decoding_table), len(cp1252.encoding_table) if isinstance(cp1252.encoding_table, dict) else 252)
print(cp1252.Codec().encode("\u20ac"), cp1252.Codec().decode(b"\x80"))
print(u16.getregentry().name, l1.Codec().encode("\xff"), l1.Codec.decode(b"\xff"))
print("b\xfccher".encode("punycode"), b"bcher-kva".decode("punycode"))
import encodings.undefined
try:
    "x".encode("undefined")
except UnicodeError as e:
    print("UnicodeError", e)
