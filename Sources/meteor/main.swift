// The composition root: the only place that knows every concrete type.
print("meteor: the command line is being built")
