# The encodings package's search function: aliases, normalize_encoding, cached modules.
import encodings, codecs
print(encodings.normalize_encoding("Latin 1"), encodings.normalize_encoding("utf--8"), encodings.normalize_encoding("a.b-c"))
for alias in ["latin1", "l1", "u16", "utf_16le", "ibm437", "cp819", "8859", "windows_1252", "us", "rot_13", "hex", "U8", "UTF"]:
    print(alias, codecs.lookup(alias).name)
print(encodings.search_function("definitely_not_a_codec"))
print(encodings.aliases.aliases["latin1"], "utf8" in encodings.aliases.aliases)
