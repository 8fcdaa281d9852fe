# token (bundled): token numbers and names.
import token

print(token.NAME, token.OP, token.ENDMARKER, token.N_TOKENS, token.NT_OFFSET)
print(token.tok_name[token.NUMBER], token.tok_name[token.NEWLINE])
print(token.ISTERMINAL(token.NAME), token.ISNONTERMINAL(300), token.ISEOF(token.ENDMARKER))
print(token.EXACT_TOKEN_TYPES["->"] == token.RARROW, token.EXACT_TOKEN_TYPES["**="] == token.DOUBLESTAREQUAL)
print(sorted(token.EXACT_TOKEN_TYPES)[:8])
