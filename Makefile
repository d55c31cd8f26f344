# The entry points a newcomer needs: `make provision` and `make test`.
MVN := mvn -B -Dstyle.color=never
JAR := target/lockstep.jar
JSA := target/lockstep.jsa

.PHONY: build engine provision test unit check bench fmt clean

build: $(JAR) $(JSA)

$(JAR): pom.xml $(shell find src/main -type f 2>/dev/null)
	rm -rf target/classes target/lockstep.jar target/lockstep.jsa
	$(MVN) -q package -DskipTests

# A class-data archive of what lockstep's commands load makes every later start faster. It is
# its own target so that a jar rebuilt by `mvn verify` gets a fresh archive too.
$(JSA): $(JAR) scripts/cds-archive.sh scripts/cds-tree.sh
	scripts/cds-archive.sh

engine:
	scripts/engine.sh

provision: engine build
	bin/lockstep provision dev
	@echo "record: $(CURDIR)/records/dev.json (compare two with: bin/lockstep diff A.json B.json)" >&2

test: engine
	$(MVN) verify

unit:
	$(MVN) verify -Dsurefire.excludedGroups=engine

check: build
	bin/lockstep check .

bench: engine build
	scripts/bench.sh

fmt:
	$(MVN) -q spotless:apply

clean:
	rm -rf target build
