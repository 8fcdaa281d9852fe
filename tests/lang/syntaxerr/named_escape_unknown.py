# An unknown character name is a SyntaxError of the whole module.
print("before")
s = "ok \N{NO SUCH CHARACTER NAME}"
