# help() on a subclass lists the MRO and what is inherited from each base
class A:
    """Base doc."""
    def inherited(self, q):
        "From A."
    kind = 'a'
class B(A):
    def own(self): pass
class Plain: pass
help(B)
help(Plain)
help(B.own)
help(B().inherited)
