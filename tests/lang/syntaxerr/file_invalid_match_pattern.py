# The whole file is rejected: a name capture makes later cases unreachable.
# Nothing is printed.
def f(v):
    match v:
        case x:
            return 1
        case 2:
            return 2
print("never printed")
