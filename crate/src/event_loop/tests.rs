//! Loop tests on a manual clock: time passes only when the loop sleeps, so deadlines are exact
//! and a ten-second timer takes no wall time.

use crate::host::{Host, ManualClock, MemoryOutput};
use crate::{Entry, Runtime, RuntimeOptions};
use boa_engine::{js_string, Context, JsResult, JsValue, NativeFunction};
use std::rc::Rc;
use std::time::Duration;

struct Run {
    stdout: String,
    code: i32,
    clock_ms: u64,
}

fn runtime(clock: &Rc<ManualClock>, output: &Rc<MemoryOutput>) -> Runtime {
    let host = Host::manual(Rc::clone(clock), Rc::clone(output));
    Runtime::new(host, RuntimeOptions::default()).expect("bootstrap")
}

fn run(code: &str) -> Run {
    let clock = Rc::new(ManualClock::new());
    let output = Rc::new(MemoryOutput::new());
    let mut rt = runtime(&clock, &output);
    install_test_natives(rt.context());
    let code = rt.run(Entry::Eval {
        code: format!("const log = (s) => process.stdout.write(s + '\\n');\n{code}"),
        print: false,
    });
    Run { stdout: output.stdout_text(), code, clock_ms: clock.now_ms() }
}

trait Millis {
    fn now_ms(&self) -> u64;
}

impl Millis for ManualClock {
    fn now_ms(&self) -> u64 {
        crate::host::Clock::now_ns(self) / 1_000_000
    }
}

/// `poolWork(value, callback)`: pool work that returns `value`; `callback(value)` runs in the
/// poll phase. `busy(ms)`: the script "runs" for `ms` (the manual clock jumps).
fn install_test_natives(ctx: &mut Context) {
    fn pool_work(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
        let value = args.first().and_then(JsValue::as_number).unwrap_or(0.0);
        let callback = args.get(1).and_then(JsValue::as_callable).expect("callback");
        let st = super::state(ctx);
        st.submit_work(
            Box::new(move || Box::new(value * 2.0)),
            Box::new(move |ctx, result| {
                let doubled = *result.downcast::<f64>().expect("f64");
                callback.call(&JsValue::undefined(), &[doubled.into()], ctx).map(|_| ())
            }),
        );
        Ok(JsValue::undefined())
    }
    fn busy(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
        let ms = args.first().and_then(JsValue::as_number).unwrap_or(0.0) as u64;
        super::state(ctx).host.clock.pass(Duration::from_millis(ms));
        Ok(JsValue::undefined())
    }
    ctx.register_global_callable(js_string!("poolWork"), 2, NativeFunction::from_fn_ptr(pool_work)).unwrap();
    ctx.register_global_callable(js_string!("busy"), 1, NativeFunction::from_fn_ptr(busy)).unwrap();
}

#[test]
fn timers_fire_at_their_deadlines_in_virtual_time() {
    let r = run("setTimeout(() => log('b ' + process.uptime() * 1000), 10000);\n\
                 setTimeout(() => log('a ' + process.uptime() * 1000), 2500);");
    assert_eq!(r.stdout, "a 2500\nb 10000\n");
    assert_eq!(r.clock_ms, 10000);
    assert_eq!(r.code, 0);
}

#[test]
fn a_timer_counts_its_delay_from_the_call_not_from_the_cached_loop_time() {
    let r = run("const t = setTimeout(() => log('b ' + process.uptime() * 1000), 10); busy(30); t.refresh();\n\
                 setTimeout(() => log('a ' + process.uptime() * 1000), 5);");
    assert_eq!(r.stdout, "a 35\nb 40\n");
}

#[test]
fn a_short_timer_of_the_main_script_fires_before_the_first_poll_as_in_node() {
    let r = run("poolWork(1, () => log('pool')); setImmediate(() => log('immediate'));\n\
                 setTimeout(() => log('timeout ' + process.uptime() * 1000), 0);\n\
                 setTimeout(() => log('later ' + process.uptime() * 1000), 5);");
    assert_eq!(r.stdout, "timeout 1\npool\nimmediate\nlater 5\n");
}

#[test]
fn an_interval_repeats_from_the_loop_time_until_cleared() {
    let r = run("let n = 0; const t = setInterval(() => { log(n + ':' + process.uptime() * 1000); if (++n === 3) clearInterval(t); }, 40);");
    assert_eq!(r.stdout, "0:40\n1:80\n2:120\n");
}

#[test]
fn unrefed_timers_do_not_keep_the_process_alive() {
    let r = run("setTimeout(() => log('never'), 50).unref(); setInterval(() => {}, 10).unref();\n\
                 setTimeout(() => log('kept'), 30);");
    assert_eq!(r.stdout, "kept\n");
    assert_eq!(r.clock_ms, 30);
}

#[test]
fn a_slow_main_script_eats_the_delay_of_its_timers() {
    // Started at t=0, the script then runs 20 ms: both timers are due in the first timers phase,
    // which runs before the check phase.
    let r = run("setTimeout(() => log('timeout'), 15); setImmediate(() => log('immediate')); busy(20);");
    assert_eq!(r.stdout, "timeout\nimmediate\n");
}

#[test]
fn pool_completions_run_in_poll_so_immediates_beat_timers() {
    let r = run("poolWork(21, (v) => { log('done ' + v);\n\
                   setTimeout(() => log('timeout'), 0); setImmediate(() => log('immediate'));\n\
                   process.nextTick(() => log('tick')); });");
    assert_eq!(r.stdout, "done 42\ntick\nimmediate\ntimeout\n");
}

#[test]
fn a_wakeup_runs_in_poll_but_keeps_nothing_alive() {
    // A message to a port whose listener is unref'd: delivered while a timer runs the loop (in
    // the poll phase, so before the immediate), dropped when nothing does.
    let r = run("const { port1, port2 } = new MessageChannel();\n\
                 port2.on('message', (v) => log('got ' + v)); port2.unref();\n\
                 setTimeout(() => { log('timeout'); port1.postMessage(2);\n\
                   setImmediate(() => log('immediate')); }, 40);\n\
                 setTimeout(() => { log('last'); port1.postMessage(3); }, 80);");
    assert_eq!(r.stdout, "timeout\ngot 2\nimmediate\nlast\n");
    assert_eq!(r.clock_ms, 80);
    assert_eq!(r.code, 0);
}

#[test]
fn a_referenced_port_keeps_the_loop_alive_until_closed() {
    // Only the port keeps the loop running until the unref'd timers fire.
    let r = run("const { port1, port2 } = new MessageChannel();\n\
                 port2.on('message', (v) => log('got ' + v));\n\
                 setTimeout(() => port1.postMessage('late'), 25).unref();\n\
                 setTimeout(() => { log('closing'); port2.close(); }, 60).unref();");
    assert_eq!(r.stdout, "got late\nclosing\n");
    assert_eq!(r.clock_ms, 60);
}

#[test]
fn ticks_then_microtasks_after_every_callback() {
    let r =
        run("setTimeout(() => { Promise.resolve().then(() => log('p1')); process.nextTick(() => log('t1')); }, 1);\n\
                 setTimeout(() => { log('second'); }, 1);");
    assert_eq!(r.stdout, "t1\np1\nsecond\n");
}

#[test]
fn before_exit_may_schedule_more_work_and_exit_sees_the_code() {
    let r = run("let rounds = 0; process.on('beforeExit', () => { if (rounds++ < 2) setTimeout(() => log('round ' + rounds), 5); });\n\
                 process.on('exit', (c) => log('exit ' + c)); process.exitCode = 3;");
    assert_eq!(r.stdout, "round 1\nround 2\nexit 3\n");
    assert_eq!(r.code, 3);
    assert_eq!(r.clock_ms, 10);
}

#[test]
fn process_exit_stops_everything_at_once() {
    let r = run("setTimeout(() => { log('a'); try { process.exit(5); } finally { log('finally'); } }, 1);\n\
                 setTimeout(() => log('never'), 2); process.on('exit', (c) => log('exit ' + c));");
    assert_eq!(r.stdout, "a\nexit 5\n");
    assert_eq!(r.code, 5);
}

#[test]
fn an_uncaught_error_is_fatal_with_code_1_and_a_handler_saves_it() {
    let r = run("setTimeout(() => { throw new Error('boom'); }, 1); setTimeout(() => log('never'), 2);");
    assert_eq!((r.stdout.as_str(), r.code), ("", 1));
    let r = run("process.on('uncaughtException', (e, o) => log(e.message + ' ' + o));\n\
                 setTimeout(() => { throw new Error('boom'); }, 1); setTimeout(() => log('after'), 2);");
    assert_eq!((r.stdout.as_str(), r.code), ("boom uncaughtException\nafter\n", 0));
}

#[test]
fn a_throwing_uncaught_exception_handler_exits_7_without_exit_event() {
    let r = run("process.on('exit', () => log('exit'));\n\
                 process.on('uncaughtException', () => { throw new Error('again'); });\n\
                 setTimeout(() => { throw new Error('boom'); }, 1);");
    assert_eq!((r.stdout.as_str(), r.code), ("", 7));
}

#[test]
fn unhandled_rejections_are_fatal_unless_listened_for() {
    let r = run("Promise.reject(new Error('x')); setTimeout(() => log('never'), 1);");
    assert_eq!((r.stdout.as_str(), r.code), ("", 1));
    let r = run("process.on('unhandledRejection', (r) => log('saw ' + r));\n\
                 const p = Promise.reject(7); setTimeout(() => p.catch(() => log('late')), 1);\n\
                 process.on('rejectionHandled', () => log('handled'));");
    assert_eq!((r.stdout.as_str(), r.code), ("saw 7\nlate\nhandled\n", 0));
}

#[test]
fn a_stop_request_ends_the_run_between_callbacks() {
    let clock = Rc::new(ManualClock::new());
    let output = Rc::new(MemoryOutput::new());
    let mut rt = runtime(&clock, &output);
    rt.start(Entry::Eval { code: "setInterval(() => process.stdout.write('.'), 1)".into(), print: false }).unwrap();
    for _ in 0..3 {
        assert!(matches!(rt.run_slice(crate::RunMode::Once), crate::Slice::Continue { .. }));
    }
    rt.stop();
    assert!(matches!(rt.run_slice(crate::RunMode::Once), crate::Slice::Exited(_)));
    assert_eq!(output.stdout_text(), "...");
}

#[test]
fn the_tracer_sees_phases_callbacks_and_pool_jobs() {
    use crate::event_loop::{LoopEvent, Phase};
    use std::cell::RefCell;
    let clock = Rc::new(ManualClock::new());
    let output = Rc::new(MemoryOutput::new());
    let mut rt = runtime(&clock, &output);
    install_test_natives(rt.context());
    let events = Rc::new(RefCell::new(Vec::new()));
    let sink = Rc::clone(&events);
    super::state(rt.context()).set_tracer(Some(Box::new(move |e: &LoopEvent| sink.borrow_mut().push(e.clone()))));
    rt.run(Entry::Eval { code: "setImmediate(() => {}); poolWork(1, () => {});".into(), print: false });
    let events = events.borrow();
    assert!(events.contains(&LoopEvent::PoolJobStart { id: 1 }));
    assert!(events.contains(&LoopEvent::PoolJobEnd { id: 1 }));
    assert!(events.contains(&LoopEvent::Callback { phase: Some(Phase::Check) }));
    assert!(events.iter().any(|e| matches!(e, LoopEvent::Phase { phase: Phase::Poll, requests: 1, .. })));
}

#[test]
fn bootstrap_runs_in_stages_and_a_start_finishes_it() {
    let output = Rc::new(MemoryOutput::new());
    let host = || Host::manual(Rc::new(ManualClock::new()), Rc::clone(&output));
    // Stepped to the end: several stages, each reporting whether it was the last.
    let mut rt = Runtime::begin(host(), RuntimeOptions::default()).expect("begin");
    let mut stages = 1;
    while !rt.boot_step().expect("stage") {
        stages += 1;
    }
    assert!(stages >= 5, "the bootstrap ran in {stages} stage(s)");
    assert!(rt.boot_step().expect("done"), "a finished bootstrap stays finished");
    // Stepped partway: running a program finishes the bootstrap first.
    let mut partial = Runtime::begin(host(), RuntimeOptions::default()).expect("begin");
    assert!(!partial.boot_step().expect("first stage"));
    let code =
        partial.run(Entry::Eval { code: "console.log(typeof setImmediate, typeof require)".into(), print: false });
    assert_eq!((code, output.stdout_text()), (0, "function function\n".to_string()));
}

#[test]
fn inode_times_come_from_the_host_clock_wall_time() {
    // The manual clock's wall time is 2026-01-01T00:00:00Z plus its virtual time.
    let r = run("const fs = require('fs');\n\
                 fs.writeFileSync('/tmp/a', 'x');\n\
                 const first = fs.statSync('/tmp/a');\n\
                 log(first.mtimeMs + ' ' + first.birthtime.toISOString());\n\
                 setTimeout(() => { fs.appendFileSync('/tmp/a', 'y'); const s = fs.statSync('/tmp/a');\n\
                   log(s.mtimeMs + ' ' + s.ctime.toISOString() + ' ' + s.birthtimeMs); }, 1500);");
    assert_eq!(
        r.stdout,
        "1767225600000 2026-01-01T00:00:00.000Z\n1767225601500 2026-01-01T00:00:01.500Z 1767225600000\n"
    );
}
