from _circ_a import A
