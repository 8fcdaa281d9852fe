def leaf():
    return "leaf " + __name__
