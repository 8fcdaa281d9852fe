# token: names <-> numbers, predicates, EXACT_TOKEN_TYPES coverage.
import token

print(sorted(n for n in dir(token) if n.isupper())[:12])
print(all(token.tok_name[getattr(token, n)] == n for n in token.tok_name.values()))
print(token.tok_name[token.OP], token.tok_name[token.ERRORTOKEN], token.tok_name[token.COMMENT])
print(sorted((k, token.tok_name[v]) for k, v in token.EXACT_TOKEN_TYPES.items() if len(k) == 1))
print(token.ISTERMINAL(token.NT_OFFSET), token.ISNONTERMINAL(token.NAME), token.ISEOF(token.NAME))
print(len(token.__all__) > 50, token.tok_name.get(999))
