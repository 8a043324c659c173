# Tabs used consistently for indentation.
def f(n):
	total = 0
	for i in range(n):
		if i % 2:
			total += i
		else:
			total -= 1
	return total

print(f(5))
print(f(10))

class T:
	def g(self):
		return "tab\tin string"

print(T().g())
print(len("	"))
