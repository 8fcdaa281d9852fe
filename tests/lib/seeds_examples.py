# the seed programs' examples, printed as CPython prints them
from collections import namedtuple, defaultdict
import copy, functools, string, pprint
from decimal import Decimal
Color = namedtuple("Color", "RED GREEN BLUE")(0, 1, 2)
print(Color, Color.GREEN)
groups = defaultdict(list)
for word in "apple avocado banana blueberry cherry".split():
    groups[word[0]].append(word)
print(groups)
print(dict(groups))
orig = {"a": [1, 2], "b": {"c": [3]}}
clone = copy.deepcopy(orig)
clone["b"]["c"].append(4)
print(orig, clone)
add5 = functools.partial(lambda a, b: a + b, 5)
print(add5(10), add5.args)
print(string.Template("Hello, $name! You owe $$${amount}.").substitute(name="Ada", amount="3.50"))
pprint.pprint({"users": [{"id": i, "tags": ["t%d" % j for j in range(i)]} for i in range(4)], "meta": {"count": 4, "ok": True}})
print(Decimal("0.1") + Decimal("0.2"), Decimal("1.10") * 3, Decimal(1) / Decimal(3))
