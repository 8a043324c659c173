# Uncaught ZeroDivisionError from the modulo operator.
def is_multiple(n, d):
    return n % d == 0

def count_multiples(n, divisors):
    count = 0
    for d in divisors:
        if is_multiple(n, d):
            count += 1
    return count

print(count_multiples(12, [1, 2, 5]))
print(count_multiples(12, [3, 0]))
