import _circ_ok_a
def fb():
    return _circ_ok_a.fa()
