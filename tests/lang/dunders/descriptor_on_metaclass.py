# Descriptors on a metaclass apply to class attribute access; data descriptors win over class dict
class Meta(type):
    @property
    def kind(cls): return 'meta property for ' + cls.__name__
    class_only = 'meta data'
class A(metaclass=Meta):
    kind = 'class dict value'
    class_only = 'class wins over non-data'
print(A.kind, A.class_only, A().kind)
try:
    A.kind = 5
except AttributeError as e:
    print(e)
A.class_only = 'rebound'
print(A.class_only, Meta.class_only)
