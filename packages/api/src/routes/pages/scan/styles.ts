/** The scan page's whole stylesheet, inlined: one request fewer on a slow connection. Contrast meets WCAG AA. */
export const scanStyles = `
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:16px/1.55 system-ui,-apple-system,"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;color:#1b1b1b;background:#f6f6f4}
.bar{display:flex;justify-content:space-between;align-items:center;padding:.6rem 1rem;background:#b3121f;color:#fff}
.brand{font-weight:700;letter-spacing:.05em}
.bar a{color:#fff}
main{max-width:36rem;margin:0 auto;padding:1rem}
h1{font-size:1.5rem;margin:.4rem 0 .2rem}
h2{font-size:1.15rem;margin:0 0 .5rem}
section{background:#fff;border-radius:.5rem;padding:1rem;margin:1rem 0;box-shadow:0 1px 2px rgba(0,0,0,.08)}
.address{margin:0;color:#444}
.facts{margin:.6rem 0 0}
.facts div{display:flex;gap:.5rem}
.facts dt{color:#555;white-space:nowrap}
.facts dd{margin:0}
.hint{color:#555;font-size:.9rem;margin:.2rem 0 .6rem}
button,input{font:inherit}
button{min-height:44px;padding:.5rem 1rem;border-radius:.4rem;border:1px solid #b3121f;background:#fff;color:#8f0e19;cursor:pointer}
button.primary{width:100%;background:#b3121f;color:#fff;font-size:1.1rem;font-weight:700}
button:focus-visible,input:focus-visible,a:focus-visible{outline:3px solid #1a5fb4;outline-offset:2px}
.row{display:flex;gap:.5rem}
input{flex:1;min-width:0;min-height:44px;padding:.5rem;border:1px solid #767676;border-radius:.4rem}
input[aria-invalid=true]{border-color:#b3121f}
.error{color:#a4000f;margin:.4rem 0 0;min-height:1em}
.open{list-style:none;margin:0;padding:0}
.open li{padding:.6rem 0;border-top:1px solid #e4e4e4;display:grid;gap:.1rem}
.open li:first-child{border-top:0}
.what{font-weight:600}
.status{color:#0b5d1e}
.meta{color:#555;font-size:.9rem}
.sign{color:#555;font-size:.8rem;text-align:center}
footer{text-align:center;padding:1rem 1rem 2rem}
footer a{color:#8f0e19;font-weight:700}
@media (prefers-reduced-motion:no-preference){html{scroll-behavior:smooth}}
`.replace(/\n/g, '');
