# Comments and blank lines at odd indentation must not produce INDENT/DEDENT.
def f(x):
        # comment indented more than the body
    if x > 0:

  # comment indented less than the block


        return "positive"
# comment at column 0 inside the function
    elif x < 0:
            # deep comment
        return "negative"

    else:
        return "zero"
      # trailing comment after the last statement


print(f(1))
print(f(-1))
print(f(0))

for i in range(3):
    if i == 1:
        continue
    # comment between statements
    print("i =", i)
# dedent several levels at once
class A:
    def m(self):
        if True:
            if True:
                return "deep"
print(A().m())
x = 1  # comment after code
print(x)  # another
