# AttributeError: 'NoneType' object has no attribute 'upper'
def find(name):
    if name == "known":
        return "found"
print(find("known").upper())
print(find("unknown").upper())
