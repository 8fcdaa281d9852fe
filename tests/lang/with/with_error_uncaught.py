# An exception escaping a with block still runs __exit__ and is then uncaught
class Ctx:
    def __enter__(self):
        print("enter")
    def __exit__(self, et, ev, tb):
        print("exit with", et.__name__)
with Ctx():
    print("inside")
    {}["missing"]
