/**
 * The public calculators: SKM index and grade, Krejcie–Morgan minimum sample, IPAK/IPKP. No login, no
 * storage; outside tools call these exact endpoints through the gateway, which rate-limits them.
 */
@NullMarked
package id.zi.survey.calculator;

import org.jspecify.annotations.NullMarked;
