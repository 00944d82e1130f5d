package org.gliomaradiomics.survival;

import java.util.function.DoubleConsumer;

/**
 * Penalised Cox regression (lasso, ridge, elastic net) by glmnet-style cyclic coordinate descent (Simon,
 * Friedman, Hastie and Tibshirani, J. Stat. Softw. 2011) with Breslow ties. Written by hand: nothing on Maven
 * Central fits penalised Cox models.
 * <p>
 * Features are standardised (mean 0, population sd 1). The outer loop forms the second-order (Newton)
 * approximation of the partial likelihood at the current β. Unlike glmnet, which keeps only the diagonal of the
 * Hessian in η (and so converges linearly), the full Hessian H = −∂²ℓ/∂η∂ηᵀ is used: it is a diagonal minus
 * risk-set rank-one terms, so H·x_j costs O(n) after the single sort by time, and each active feature's H·x_j is
 * cached for the outer iteration. The inner loop is cyclic coordinate descent on the residual q = g − H·Δη
 * (O(n) per changed coordinate) over the active set, switching to covariance updates (O(active) per
 * coordinate) when convergence is slow; when it has converged, the optimality (KKT) conditions of
 * all inactive features are checked and violators join the active set. λ values are visited from λ_max down
 * with warm starts. A step that increases the penalised objective is halved towards the previous solution.
 */
public final class PenalizedCox {
    private static final int MAX_OUTER = 100;
    private static final int MAX_INNER_SWEEPS = 10_000;

    private PenalizedCox() {}

    public static CoxPath path(double[] time, boolean[] event, double[][] x, PenaltySettings settings) {
        return path(time, event, x, settings, null);
    }

    /**
     * @param x feature matrix [subject][feature]
     * @param progress receives the fraction of λ values done (may be null)
     */
    public static CoxPath path(double[] time, boolean[] event, double[][] x, PenaltySettings settings,
            DoubleConsumer progress) {
        return new Solver(time, event, x, settings).run(progress);
    }

    private static final class Solver {
        final int n, p;
        final PenaltySettings settings;
        final BreslowRiskSets risk;
        final double[] xs;          // standardised, column-major: xs[j*n + s], s sorted position
        final double[] center, scale, factor;
        final boolean[] usable;     // non-constant column
        final double[] beta, eta, grad, residual, xv;
        final boolean[] xvFresh, active;
        final double[][] hx;        // cached H·x_j for the current outer iteration
        final int[] activeList;
        int activeCount;

        Solver(double[] time, boolean[] event, double[][] x, PenaltySettings settings) {
            n = time.length;
            if (event.length != n || x.length != n) throw new IllegalArgumentException("time, event and feature rows differ in length");
            p = n == 0 ? 0 : x[0].length;
            if (p == 0) throw new IllegalArgumentException("penalised Cox needs at least one feature");
            this.settings = settings;
            risk = new BreslowRiskSets(time, event);
            xs = new double[p * n];
            center = new double[p];
            scale = new double[p];
            usable = new boolean[p];
            factor = new double[p];
            if (settings.penaltyFactors() != null && settings.penaltyFactors().length != p)
                throw new IllegalArgumentException(settings.penaltyFactors().length + " penalty factors for " + p + " features");
            for (int j = 0; j < p; j++) factor[j] = settings.penaltyFactors() == null ? 1 : settings.penaltyFactors()[j];
            for (int i = 0; i < n; i++) {
                if (x[i].length != p) throw new IllegalArgumentException("feature row " + i + " has " + x[i].length + " values, expected " + p);
                for (int j = 0; j < p; j++) {
                    if (!Double.isFinite(x[i][j])) throw new IllegalArgumentException("feature " + j + " of subject " + i + " is " + x[i][j]);
                    center[j] += x[i][j];
                }
            }
            for (int j = 0; j < p; j++) center[j] /= n;
            for (int s = 0; s < n; s++) {
                double[] row = x[risk.order[s]];
                for (int j = 0; j < p; j++) {
                    double v = row[j] - center[j];
                    xs[j * n + s] = v;
                    scale[j] += v * v;
                }
            }
            for (int j = 0; j < p; j++) {
                scale[j] = Math.sqrt(scale[j] / n);
                usable[j] = scale[j] > 1e-12 * (1 + Math.abs(center[j]));
                double inv = usable[j] ? 1 / scale[j] : 0;
                for (int s = 0, o = j * n; s < n; s++) xs[o + s] *= inv;
            }
            beta = new double[p];
            eta = new double[n];
            grad = new double[n];
            residual = new double[n];
            xv = new double[p];
            xvFresh = new boolean[p];
            hx = new double[p][];
            active = new boolean[p];
            activeList = new int[p];
        }

        CoxPath run(DoubleConsumer progress) {
            double nullLoglik = risk.evaluate(eta, null, null);
            // Unpenalised features (factor 0) are fitted first; λ_max is then the smallest λ keeping the rest at 0.
            solve(Double.MAX_VALUE / 4);
            risk.evaluate(eta, grad, null);
            double alphaForMax = Math.max(settings.alpha(), 1e-3);
            double lambdaMax = 0;
            for (int j = 0; j < p; j++) {
                if (!usable[j] || factor[j] == 0) continue;
                lambdaMax = Math.max(lambdaMax, Math.abs(dot(j, grad)) / n / (alphaForMax * factor[j]));
            }
            double[] lambdas = settings.lambdas() != null ? settings.lambdas().clone() : automaticPath(lambdaMax);
            int count = lambdas.length;
            double[][] coefficients = new double[count][];
            double[] loglik = new double[count];
            int[] nonZero = new int[count];
            int done = 0;
            double previousRatio = 0;
            for (int k = 0; k < count; k++) {
                solve(lambdas[k]);
                loglik[k] = risk.evaluate(eta, null, null);
                coefficients[k] = originalScale();
                for (double b : beta) if (b != 0) nonZero[k]++;
                done = k + 1;
                if (progress != null) progress.accept((double) done / count);
                double ratio = (loglik[k] - nullLoglik) / (risk.saturatedLogLikelihood - nullLoglik);
                if (ratio > 0.999) break;
                if (k >= 5 && ratio - previousRatio < 1e-5 * ratio) break;   // glmnet's fdev rule: the path has flattened
                previousRatio = ratio;
            }
            if (done < count) {
                lambdas = java.util.Arrays.copyOf(lambdas, done);
                coefficients = java.util.Arrays.copyOf(coefficients, done);
                loglik = java.util.Arrays.copyOf(loglik, done);
                nonZero = java.util.Arrays.copyOf(nonZero, done);
            }
            return new CoxPath(settings.alpha(), lambdaMax, lambdas, coefficients, loglik, nullLoglik,
                risk.saturatedLogLikelihood, nonZero);
        }

        double[] automaticPath(double lambdaMax) {
            int count = settings.lambdaCount();
            double ratio = Double.isNaN(settings.lambdaMinRatio()) ? (n > p ? 1e-4 : 1e-2) : settings.lambdaMinRatio();
            double[] out = new double[count];
            for (int k = 0; k < count; k++)
                out[k] = count == 1 ? lambdaMax : lambdaMax * Math.pow(ratio, (double) k / (count - 1));
            return out;
        }

        double[] originalScale() {
            double[] out = new double[p];
            for (int j = 0; j < p; j++) out[j] = usable[j] ? beta[j] / scale[j] : 0;
            return out;
        }

        /**
         * Minimises the penalised objective at one λ, starting from the current β (warm start): Newton-type outer
         * iterations over the active set, then a check of the optimality (KKT) conditions of all other features;
         * violators join the active set and the outer iterations resume.
         */
        void solve(double lambda) {
            for (int j = 0; j < p; j++) if (usable[j] && factor[j] == 0) activate(j);
            double objective = objective(risk.evaluate(eta, grad, null), lambda);
            do {
                objective = outerIterations(lambda, objective);
            } while (addKktViolators(lambda));
        }

        double outerIterations(double lambda, double objective) {
            double[] previous = new double[p];
            for (int outer = 0; outer < MAX_OUTER; outer++) {
                System.arraycopy(beta, 0, previous, 0, p);
                System.arraycopy(grad, 0, residual, 0, n);   // w·(z − η) at the expansion point is the gradient
                java.util.Arrays.fill(xvFresh, false);
                innerLoop(lambda);
                updateEta();
                double newLoglik = risk.evaluate(eta, grad, null);
                double newObjective = objective(newLoglik, lambda);
                for (int halving = 0; halving < 20 && !(newObjective <= objective + 1e-12 * Math.abs(objective)); halving++) {
                    for (int j = 0; j < p; j++) beta[j] = 0.5 * (beta[j] + previous[j]);
                    updateEta();
                    newLoglik = risk.evaluate(eta, grad, null);
                    newObjective = objective(newLoglik, lambda);
                }
                double change = 0;
                for (int a = 0; a < activeCount; a++) {
                    int j = activeList[a];
                    double d = beta[j] - previous[j];
                    if (d != 0) change = Math.max(change, xvOf(j) * d * d);
                }
                objective = newObjective;
                if (change < settings.tolerance()) break;
            }
            return objective;
        }

        /**
         * Coordinate descent on the active set for the current quadratic approximation. Starts with O(n) updates
         * on the residual vector; if that has not converged after max(10, A/4) sweeps (ill-conditioned, e.g.
         * near-collinear radiomic features), switches to covariance updates: the A×A matrix G = XᵀHX/n is built
         * once (A²n/2) and each further update costs O(A) instead of O(n).
         */
        void innerLoop(double lambda) {
            int switchAt = Math.max(10, activeCount / 4);
            for (int sweep = 0; sweep < MAX_INNER_SWEEPS; sweep++) {
                if (sweepActive(lambda) < settings.tolerance()) return;
                if (sweep + 1 >= switchAt) { covarianceSweeps(lambda, MAX_INNER_SWEEPS - sweep - 1); return; }
            }
        }

        void covarianceSweeps(double lambda, int maxSweeps) {
            int a = activeCount;
            int[] idx = java.util.Arrays.copyOf(activeList, a);
            double[] gram = new double[a * a], c = new double[a];
            for (int u = 0; u < a; u++) {
                xvOf(idx[u]);
                c[u] = dot(idx[u], residual) / n;
            }
            for (int u = 0; u < a; u++)
                for (int v = 0; v <= u; v++) {
                    double g = dot(idx[u], hx[idx[v]]) / n;
                    gram[u * a + v] = g;
                    gram[v * a + u] = g;
                }
            double alpha = settings.alpha();
            for (int sweep = 0; sweep < maxSweeps; sweep++) {
                double maxDelta = 0;
                for (int u = 0; u < a; u++) {
                    int j = idx[u];
                    double xvj = gram[u * a + u], pen = lambda * factor[j];
                    double denominator = xvj + pen * (1 - alpha);
                    if (!(denominator > 0)) continue;
                    double z = c[u] + xvj * beta[j], threshold = pen * alpha;
                    double b = Math.abs(z) <= threshold ? 0 : (z - Math.copySign(threshold, z)) / denominator;
                    double d = b - beta[j];
                    if (d == 0) continue;
                    beta[j] = b;
                    for (int v = 0; v < a; v++) c[v] -= d * gram[v * a + u];
                    maxDelta = Math.max(maxDelta, xvj * d * d);
                }
                if (maxDelta < settings.tolerance()) return;
            }
        }

        /** Activates every inactive feature whose gradient exceeds its lasso threshold; true if any did. */
        boolean addKktViolators(double lambda) {
            boolean added = false;
            for (int j = 0; j < p; j++) {
                if (!usable[j] || active[j]) continue;
                double u = Math.abs(dot(j, grad)) / n;
                if (u > lambda * factor[j] * settings.alpha() * (1 + 1e-9)) { activate(j); added = true; }
            }
            return added;
        }

        void activate(int j) {
            if (!active[j]) { active[j] = true; activeList[activeCount++] = j; }
        }

        double sweepActive(double lambda) {
            double maxDelta = 0;
            for (int a = 0; a < activeCount; a++) maxDelta = Math.max(maxDelta, update(activeList[a], lambda));
            return maxDelta;
        }

        /** One coordinate update; returns xv_j·Δb² (0 if unchanged). */
        double update(int j, double lambda) {
            double xvj = xvOf(j);
            double pen = lambda * factor[j];
            double denominator = xvj + pen * (1 - settings.alpha());
            if (!(denominator > 0)) return 0;
            double u = dot(j, residual) / n + xvj * beta[j];
            double threshold = pen * settings.alpha();
            double b = Math.abs(u) <= threshold ? 0 : (u - Math.copySign(threshold, u)) / denominator;
            double d = b - beta[j];
            if (d == 0) return 0;
            beta[j] = b;
            double[] h = hx[j];
            for (int s = 0; s < n; s++) residual[s] -= d * h[s];
            return xvj * d * d;
        }

        double xvOf(int j) {
            if (!xvFresh[j]) {
                if (hx[j] == null) hx[j] = new double[n];
                double[] column = new double[n];
                System.arraycopy(xs, j * n, column, 0, n);
                risk.hessianTimes(column, hx[j]);
                double sum = 0;
                for (int s = 0; s < n; s++) sum += column[s] * hx[j][s];
                xv[j] = sum / n;
                xvFresh[j] = true;
            }
            return xv[j];
        }

        double dot(int j, double[] v) {
            double sum = 0;
            int o = j * n;
            for (int s = 0; s < n; s++) sum += xs[o + s] * v[s];
            return sum;
        }

        void updateEta() {
            java.util.Arrays.fill(eta, 0);
            for (int a = 0; a < activeCount; a++) {
                int j = activeList[a];
                double b = beta[j];
                if (b == 0) continue;
                int o = j * n;
                for (int s = 0; s < n; s++) eta[s] += b * xs[o + s];
            }
        }

        double objective(double loglik, double lambda) {
            if (lambda >= Double.MAX_VALUE / 8) return -loglik / n;   // only unpenalised coefficients move
            double penalty = 0;
            for (int j = 0; j < p; j++)
                if (beta[j] != 0)
                    penalty += factor[j] * (settings.alpha() * Math.abs(beta[j]) + 0.5 * (1 - settings.alpha()) * beta[j] * beta[j]);
            return -loglik / n + lambda * penalty;
        }
    }
}
