# Nothing close enough: no "Did you mean".
d = {}
d.zzzzzz()
