import _circ_ok_b
def fa():
    return "fa sees " + _circ_ok_b.fb.__name__
