# Comments in unusual places.
x = 1  # trailing
# full-line comment
    # indented comment at top level is fine
if x:  # after colon
    # comment before body
    print("body")  # after body
# comment between statements
def f(  # inside parameter list
    a,  # param
):
    return a  # return
print(f(2))  # end
#!not a shebang here
print("#not a comment")
