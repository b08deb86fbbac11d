import io.github.overleafha.plan.PlanRunner;

/** The benchmark's floor: the same JVM start and mock engine as a plan, with a program that declares nothing. */
public final class EmptyProgram {

    public static void main(String[] args) {
        var plan = PlanRunner.run("overleaf-ha", "floor", "eu-west-1", ctx -> { });
        System.out.println(plan.resources().size() + " resources");
    }
}
