# Helper package for the import tests.
print("init", __name__, __package__)
X = 1
