# help() on a class: pydoc's sections for methods, class/static methods, properties and data
class C:
    """Class doc.

    Second para."""
    def __init__(self, x):
        self.x = x
    def m(self, x):
        "Method doc."
    @property
    def p(self):
        "Prop doc."
    @property
    def rw(self): return 1
    @rw.setter
    def rw(self, v): pass
    @classmethod
    def cm(cls): "A classmethod."
    @staticmethod
    def sm(a, b): "A staticmethod."
    def __eq__(self, o): return True
    limit = 10
help(C)
