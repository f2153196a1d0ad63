//! Exact numbers for the model: rationals with an i128 numerator over a positive
//! denominator, and the comparisons of §2 on them. No f64 anywhere.

use std::cmp::Ordering;
use std::ops::{Add, Div, Mul};

/// An exact rational number.
#[derive(Debug, Clone, Copy)]
pub struct Q {
    n: i128,
    d: i128,
}

fn gcd(a: i128, b: i128) -> i128 {
    if b == 0 { a.abs() } else { gcd(b, a % b) }
}

impl Q {
    pub fn new(n: i128, d: i128) -> Self {
        assert!(d != 0, "a rational over zero");
        let g = gcd(n, d).max(1) * d.signum();
        Self { n: n / g, d: d / g }
    }

    pub fn int(n: i64) -> Self {
        Self::new(n.into(), 1)
    }

    /// `t` tenths: the numbers of the generated plans and logs have one decimal at most.
    pub fn tenths(t: i64) -> Self {
        Self::new(t.into(), 10)
    }

    pub fn is_zero(self) -> bool {
        self.n == 0
    }

    /// The value rounded to hundredths, half away from zero (§7), and whether it lies
    /// exactly half-way (where an f64 computation may honestly land on either side).
    pub fn hundredths(self) -> (i128, bool) {
        let a = self.n.abs() * 100;
        let rounded = (2 * a + self.d) / (2 * self.d);
        (rounded * self.n.signum(), (2 * a) % (2 * self.d) == self.d)
    }
}

impl PartialEq for Q {
    fn eq(&self, o: &Self) -> bool {
        self.cmp(o) == Ordering::Equal
    }
}
impl Eq for Q {}
impl PartialOrd for Q {
    fn partial_cmp(&self, o: &Self) -> Option<Ordering> {
        Some(self.cmp(o))
    }
}
impl Ord for Q {
    fn cmp(&self, o: &Self) -> Ordering {
        (self.n * o.d).cmp(&(o.n * self.d))
    }
}
impl Add for Q {
    type Output = Q;
    fn add(self, o: Q) -> Q {
        Q::new(self.n * o.d + o.n * self.d, self.d * o.d)
    }
}
impl Mul for Q {
    type Output = Q;
    fn mul(self, o: Q) -> Q {
        Q::new(self.n * o.n, self.d * o.d)
    }
}
impl Div for Q {
    type Output = Q;
    fn div(self, o: Q) -> Q {
        Q::new(self.n * o.d, self.d * o.n)
    }
}

/// A comparator of §2: `>=`, `>`, `<=`, `<` (a bare number is `>=`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Cmp {
    Ge,
    Gt,
    Le,
    Lt,
}

/// What a target asks of a value: a comparison, or an inclusive range (`entre a et
/// b`; `= n` is the range `n..n`).
#[derive(Debug, Clone, Copy)]
pub enum Test {
    Cmp(Cmp, Q),
    Between(Q, Q),
}

impl Test {
    pub fn holds(self, v: Q) -> bool {
        match self {
            Test::Cmp(Cmp::Ge, t) => v >= t,
            Test::Cmp(Cmp::Gt, t) => v > t,
            Test::Cmp(Cmp::Le, t) => v <= t,
            Test::Cmp(Cmp::Lt, t) => v < t,
            Test::Between(lo, hi) => lo <= v && v <= hi,
        }
    }

    /// "the target … (lower bound of a range)"
    pub fn bound(self) -> Q {
        match self {
            Test::Cmp(_, t) | Test::Between(t, _) => t,
        }
    }

    pub fn is_maximum(self) -> bool {
        matches!(self, Test::Cmp(Cmp::Le | Cmp::Lt, _))
    }

    /// A value already past the maximum this test sets (`<=`, `<`, a range's upper
    /// bound): no later row can mend it.
    pub fn broken(self, v: Q) -> bool {
        match self {
            Test::Cmp(Cmp::Le | Cmp::Lt, _) => !self.holds(v),
            Test::Between(_, hi) => v > hi,
            Test::Cmp(Cmp::Ge | Cmp::Gt, _) => false,
        }
    }

    pub fn map(self, f: impl Fn(Q) -> Q) -> Test {
        match self {
            Test::Cmp(c, t) => Test::Cmp(c, f(t)),
            Test::Between(lo, hi) => Test::Between(f(lo), f(hi)),
        }
    }
}
