# __await__ implemented as a generator; its return value is the await result
class Acc:
    def __init__(self):
        self.items = []
    def __await__(self):
        while len(self.items) < 3:
            v = yield len(self.items)
            self.items.append(v)
        return sum(self.items)
async def main():
    return await Acc()
c = main()
print(c.send(None), c.send(1), c.send(2))
try:
    c.send(3)
except StopIteration as e:
    print(e.value)
