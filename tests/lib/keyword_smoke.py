# keyword (bundled from CPython's Lib/): the keyword lists and predicates.
import keyword

print(keyword.__name__, keyword.__file__.endswith("keyword.py"))
print(len(keyword.kwlist), keyword.kwlist[:5])
print(keyword.softkwlist)
for word in ["if", "match", "_", "print", "None", "async", ""]:
    print(repr(word), keyword.iskeyword(word), keyword.issoftkeyword(word))
print(sorted(keyword.__all__))
